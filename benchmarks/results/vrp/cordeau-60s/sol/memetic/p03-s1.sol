Route #1 (depot 1): 67 46 34 4
Route #2 (depot 1): 75 68 6 51 17 26
Route #3 (depot 2): 48 21 74 2 30 45 29
Route #4 (depot 2): 47 36 69 71 60 70 20 37 5
Route #5 (depot 3): 11 65 66 59 14
Route #6 (depot 3): 35 8 52 27 15 57 13 54 19
Route #7 (depot 3): 53 38 10 31 72 58 7
Route #8 (depot 4): 3 44 50 25 55 18 24 49 16
Route #9 (depot 4): 32 9 39 12 40
Route #10 (depot 5): 42 64 22 61 28 62
Route #11 (depot 5): 1 73 33 63 23 56 41 43
Cost 641.1859553983833
