Route #1 (depot 1): 75 68 6 51 17 26
Route #2 (depot 1): 4 34 46 67
Route #3 (depot 2): 29 45 30 2 74 21 48
Route #4 (depot 2): 47 36 69 71 60 70 20 37 5
Route #5 (depot 3): 11 65 66 59 14
Route #6 (depot 3): 53 38 10 31 72 58 7
Route #7 (depot 3): 35 8 52 27 15 57 13 54 19
Route #8 (depot 4): 40 12 39 9 32
Route #9 (depot 4): 3 44 50 25 55 18 24 49 16
Route #10 (depot 5): 1 73 33 63 23 56 41 43
Route #11 (depot 5): 62 28 61 22 64 42
Cost 641.1859553983832
