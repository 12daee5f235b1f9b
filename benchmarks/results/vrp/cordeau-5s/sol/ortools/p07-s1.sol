Route #1 (depot 1): 61 100 37 98 93 5
Route #2 (depot 1): 45 46 48 82 8 83
Route #3 (depot 1): 18 89 6 96 59 99 60
Route #4 (depot 1): 16 44 38 86 17 84
Route #5 (depot 2): 80 68 77 76
Route #6 (depot 2): 55 25 39 67 23 56
Route #7 (depot 2): 54 4 21 26 12
Route #8 (depot 2): 3 79 81 78 34 29 24
Route #9 (depot 3): 87 95 94 13
Route #10 (depot 3): 40 28 27 53 58
Route #11 (depot 3): 73 72 74 75 22 41 57 2
Route #12 (depot 3): 42 15 43 14 91 85 92 97
Route #13 (depot 4): 52 7 47 36 49 64 63 90
Route #14 (depot 4): 20 71 35 65 66 32
Route #15 (depot 4): 10 11 19 62 88 31
Route #16 (depot 4): 70 30 51 9 33 50 1 69
Cost 915.5029578360723
