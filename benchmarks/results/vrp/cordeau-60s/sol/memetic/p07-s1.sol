Route #1 (depot 1): 82 48 47 8 83
Route #2 (depot 1): 84 17 86 16 61
Route #3 (depot 1): 5 85 93 60
Route #4 (depot 1): 18 7 19 64 49 36 46 45
Route #5 (depot 2): 80 68
Route #6 (depot 2): 24 29 34 78 79 3 77 76
Route #7 (depot 2): 56 23 67 39 25 55
Route #8 (depot 2): 12 26 40 21 4 54
Route #9 (depot 3): 73 72 74 75 22 41 2
Route #10 (depot 3): 57 15 43 14 38 44 91 100 42
Route #11 (depot 3): 94 6 96 99 59 98 37 92
Route #12 (depot 3): 87 97 95 13 58
Route #13 (depot 4): 10 32 90 63 11 62 88
Route #14 (depot 4): 70 20 66 65 71 35 9
Route #15 (depot 4): 30 51 81 33 50 1 69
Route #16 (depot 4): 27 28 53 89 52 31
Cost 889.0114319985623
