Route #1 (depot 1): 84 17 86 44 16 61
Route #2 (depot 1): 45 46 36 49 64 19 7 18
Route #3 (depot 1): 82 48 47 8 83
Route #4 (depot 1): 60 93 85 5
Route #5 (depot 2): 56 23 67 39 25 55
Route #6 (depot 2): 76 77 3 79 78 34 29 24
Route #7 (depot 2): 12 26 40 21 4 54
Route #8 (depot 2): 80 68
Route #9 (depot 3): 41 22 75 74 72 73
Route #10 (depot 3): 58 13 94 95
Route #11 (depot 3): 96 99 59 98 91 100 37 92 97
Route #12 (depot 3): 87 42 14 38 43 15 57 2
Route #13 (depot 4): 27 28 53 6 89 52 31
Route #14 (depot 4): 70 51 9 81 33 50 1 69
Route #15 (depot 4): 10 32 90 63 11 62 88
Route #16 (depot 4): 71 35 65 66 20 30
Cost 896.150109052493
