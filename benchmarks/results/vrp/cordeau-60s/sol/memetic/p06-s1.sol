Route #1 (depot 1): 97 13 94 6 89 96 99
Route #2 (depot 1): 98 37 92 95 59 93
Route #3 (depot 1): 100 42 87 2 57 15 43 14 91
Route #4 (depot 1): 61 84 17 45 46 8 83 60 5
Route #5 (depot 1): 85
Route #6 (depot 1): 16 86 38 44
Route #7 (depot 2): 26 28 27 53 58 40
Route #8 (depot 2): 72 75 41 22 74 73 21
Route #9 (depot 2): 39 67 23 56
Route #10 (depot 2): 4 54 80 68 12
Route #11 (depot 2): 25 55 24 29 34 78 79 3 77 76
Route #12 (depot 3): 10 32 90 63 62 31
Route #13 (depot 3): 88 7 48 82 18 52
Route #14 (depot 3): 19 47 36 49 64 11
Route #15 (depot 3): 20 66 65 71 35 9 70
Route #16 (depot 3): 30 51 81 33 50 1 69
Cost 880.5735193889857
