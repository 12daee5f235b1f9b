Route #1 (depot 1): 85 91 100 37 98 93
Route #2 (depot 1): 60 89 6 94 96 99 5
Route #3 (depot 1): 45 46 36 49 47 8 83
Route #4 (depot 1): 84 17 86 16 61
Route #5 (depot 2): 76 50 33 81 35 34 78 29 24
Route #6 (depot 2): 77 3 79 68 80
Route #7 (depot 2): 54 4 12
Route #8 (depot 2): 55 25 39 67 23 56
Route #9 (depot 3): 40 26 28 53 58 13
Route #10 (depot 3): 95 59 92 97 87
Route #11 (depot 3): 2 57 15 43 38 44 14 42
Route #12 (depot 3): 41 22 75 74 72 73 21
Route #13 (depot 4): 10 63 90 32 20 30 70
Route #14 (depot 4): 31 62 11 64 19 88
Route #15 (depot 4): 66 65 71 9 51 1
Route #16 (depot 4): 7 48 82 18 52 27 69
Cost 909.4804717379759
