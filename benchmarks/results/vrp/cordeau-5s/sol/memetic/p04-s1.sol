Route #1 (depot 1): 37 100 91 16 86 61 92
Route #2 (depot 1): 23 67 39 56 73
Route #3 (depot 1): 21 72 74 75 22 41
Route #4 (depot 1): 42 14 44 38 43 15 57 2
Route #5 (depot 1): 58 53 89 6 94 13
Route #6 (depot 1): 96 99 93 85 98
Route #7 (depot 1): 4 25 55 54 12 26 40
Route #8 (depot 1): 87 97 59 95
Route #9 (depot 2): 70 20 66 65 71 9 51
Route #10 (depot 2): 31 10 63 90 32 30
Route #11 (depot 2): 82 8 46 36 47 48 7
Route #12 (depot 2): 18 83 45 17 84 5 60 52
Route #13 (depot 2): 69 76 68 80 24 29 78 34 35
Route #14 (depot 2): 27 28 1
Route #15 (depot 2): 88 19 49 64 11 62
Route #16 (depot 2): 50 77 3 79 81 33
Cost 1021.1332413152829
