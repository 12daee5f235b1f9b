Route #1 (depot 1): 21 4 25 55 54 26 40 58
Route #2 (depot 1): 97 37 93 99 59 95
Route #3 (depot 1): 56 39 67 23 74
Route #4 (depot 1): 2 57 41 22 75 72 73
Route #5 (depot 1): 15 43 38 44 14 42 87
Route #6 (depot 1): 53 89 6 96 94 13
Route #7 (depot 1): 100 85 61 5 92
Route #8 (depot 1): 18 60 83 84 17 86 16 91 98
Route #9 (depot 2): 8 45 46 47 36 49 64
Route #10 (depot 2): 88 7 82 48 19 10
Route #11 (depot 2): 62 11 63 90 32 30 70
Route #12 (depot 2): 31 52 27 28 12 76
Route #13 (depot 2): 69 77 68 80 24 29 3 50
Route #14 (depot 2): 1 33 79 78 34 81 51
Route #15 (depot 2): 9 35 71 65 66 20
Cost 1039.4719448149508
