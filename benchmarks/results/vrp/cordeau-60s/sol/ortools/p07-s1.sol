Route #1 (depot 1): 60 96 59 94 6 89 18
Route #2 (depot 1): 61 16 44 86 17 84
Route #3 (depot 1): 99 93 85 5
Route #4 (depot 1): 45 46 36 49 64 19 8 83
Route #5 (depot 2): 12 76 77 68
Route #6 (depot 2): 24 29 34 78 81 79 3 80
Route #7 (depot 2): 4 54
Route #8 (depot 2): 56 23 67 39 25 55
Route #9 (depot 3): 97 37 100 91 98 92 95 13
Route #10 (depot 3): 40 26 28 27 53 58
Route #11 (depot 3): 87 42 14 38 43 15 57 2
Route #12 (depot 3): 21 73 72 74 75 22 41
Route #13 (depot 4): 70 30 51 9 33 50 1 69
Route #14 (depot 4): 7 48 47 82 52
Route #15 (depot 4): 31 88 62 11 63 90 10
Route #16 (depot 4): 32 66 65 35 71 20
Cost 909.2621320768346
