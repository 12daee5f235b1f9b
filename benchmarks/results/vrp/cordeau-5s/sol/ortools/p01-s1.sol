Route #1 (depot 1): 4 18 17 37 44
Route #2 (depot 1): 13 41 40 19 42
Route #3 (depot 2): 46 5 12 47
Route #4 (depot 2): 48 26 7 43 24 23
Route #5 (depot 2): 8 31 28 22 1 32
Route #6 (depot 2): 25 14 6 27
Route #7 (depot 3): 30 34 21 50 9
Route #8 (depot 3): 16 2 11 38
Route #9 (depot 3): 10 39 33 45 15 49
Route #10 (depot 4): 35 36 3 20 29
Cost 584.4370268664858
