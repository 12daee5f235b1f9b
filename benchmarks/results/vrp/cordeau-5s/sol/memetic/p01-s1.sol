Route #1 (depot 1): 42 19 40 41 13
Route #2 (depot 1): 44 45 33 15 37 17
Route #3 (depot 1): 25 18 4
Route #4 (depot 2): 47 12
Route #5 (depot 2): 46 11 32 1 27 6
Route #6 (depot 2): 22 28 31 26 8 48
Route #7 (depot 2): 14 24 43 7 23
Route #8 (depot 3): 9 34 30 39 10
Route #9 (depot 3): 38 5 49
Route #10 (depot 4): 20 3 36 35
Route #11 (depot 4): 29 2 16 50 21
Cost 576.8656874818462
