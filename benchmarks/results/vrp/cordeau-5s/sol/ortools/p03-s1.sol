Route #1 (depot 1): 26 67 4 68 6 75
Route #2 (depot 2): 48 74 2 30
Route #3 (depot 2): 37 20 70 60 71 36 69 21 47
Route #4 (depot 2): 29 45 27 13 57 15 5
Route #5 (depot 3): 35 19 54 52 34 46 8 7
Route #6 (depot 3): 14 59 66 65 11
Route #7 (depot 3): 58 72 39 31 10 38 53
Route #8 (depot 4): 32 9 40 12 17 51
Route #9 (depot 4): 3 44 50 25 55 18 24 49 16
Route #10 (depot 5): 1 73 33 63 23 56 41 43
Route #11 (depot 5): 62 28 61 22 64 42
Cost 650.6841744775697
