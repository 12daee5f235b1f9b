Route #1 (depot 1): 93 59 95 92 37 98
Route #2 (depot 1): 5 60 83 8 46 45 17 84 61
Route #3 (depot 1): 99 96 89 6 94 13 97
Route #4 (depot 1): 100 42 87 2 57 15 43 14 91
Route #5 (depot 1): 16 86 38 44
Route #6 (depot 1): 85
Route #7 (depot 2): 56 23 67 39
Route #8 (depot 2): 26 12 28 53 58 40
Route #9 (depot 2): 72 75 41 22 74 73 21
Route #10 (depot 2): 54 80 68 29 24 55 25 4
Route #11 (depot 3): 7 48 82 18 52 27 69
Route #12 (depot 3): 81 78 34 35 9 51 30
Route #13 (depot 3): 19 47 36 49 64 63
Route #14 (depot 3): 70 20 71 65 66 32 90
Route #15 (depot 3): 33 79 3 77 76 50 1
Route #16 (depot 3): 31 88 62 11 10
Cost 880.693673630969
