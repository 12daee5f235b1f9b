Route #1 (depot 1): 67 46 34 4
Route #2 (depot 1): 75 68 6 51 17 26
Route #3 (depot 2): 47 36 69 71 60 70 20 37 5
Route #4 (depot 2): 29 45 30 2 74 21 48
Route #5 (depot 3): 14 59 66 65 11
Route #6 (depot 3): 7 58 72 31 10 38 53
Route #7 (depot 3): 19 54 13 57 15 27 52 8 35
Route #8 (depot 4): 40 12 39 9 32
Route #9 (depot 4): 3 44 50 25 55 18 24 49 16
Route #10 (depot 5): 62 28 61 22 64 42
Route #11 (depot 5): 43 41 56 23 63 33 73 1
Cost 641.1859553983833
