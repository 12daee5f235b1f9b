Route #1 (depot 1): 100 98 93 99 59 97
Route #2 (depot 1): 96 6 89 27 28 53 58
Route #3 (depot 1): 2 41 22 75 72 21
Route #4 (depot 1): 56 39 67 23 74
Route #5 (depot 1): 40 26 12 54 55 25 4 73
Route #6 (depot 1): 13 94 95 87
Route #7 (depot 1): 37 85 91 44 14 42 57
Route #8 (depot 1): 15 43 38 86 16 61 92
Route #9 (depot 2): 69 76 77 68 80 24 29 3
Route #10 (depot 2): 52 18 83 60 5 84 17 45 8
Route #11 (depot 2): 63 64 49 36 47 46 82
Route #12 (depot 2): 51 9 35 71 65 66 70
Route #13 (depot 2): 30 20 32 90 10 31
Route #14 (depot 2): 88 7 48 19 11 62
Route #15 (depot 2): 33 81 34 78 79 50 1
Cost 1003.3541459829286
