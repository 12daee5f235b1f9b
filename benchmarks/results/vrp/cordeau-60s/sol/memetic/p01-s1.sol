Route #1 (depot 1): 13 41 40 19 42
Route #2 (depot 1): 44 45 33 15 37 17
Route #3 (depot 1): 25 18 4
Route #4 (depot 2): 6 27 1 32 11 46
Route #5 (depot 2): 23 7 43 24 14
Route #6 (depot 2): 22 28 31 26 8 48
Route #7 (depot 2): 12 47
Route #8 (depot 3): 49 5 38
Route #9 (depot 3): 10 39 30 34 9
Route #10 (depot 4): 20 3 36 35
Route #11 (depot 4): 21 50 16 2 29
Cost 576.8656874818463
