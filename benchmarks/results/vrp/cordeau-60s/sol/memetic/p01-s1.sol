Route #1 (depot 1): 17 37 15 33 45 44
Route #2 (depot 1): 42 19 40 41 13
Route #3 (depot 1): 25 18 4
Route #4 (depot 2): 48 8 26 31 28 22
Route #5 (depot 2): 23 7 43 24 14
Route #6 (depot 2): 12 47
Route #7 (depot 2): 6 27 1 32 11 46
Route #8 (depot 3): 9 34 30 39 10
Route #9 (depot 3): 38 5 49
Route #10 (depot 4): 35 36 3 20
Route #11 (depot 4): 29 2 16 50 21
Cost 576.8656874818462
