Route #1 (depot 1): 60 96 6 89 53 28 27 52 18
Route #2 (depot 1): 83 8 46 47 48 82
Route #3 (depot 1): 5 85 93 99
Route #4 (depot 1): 84 61 16 86 17 45
Route #5 (depot 2): 54 4 21 40 26 12
Route #6 (depot 2): 24 29 34 78 79 3 77 76
Route #7 (depot 2): 68 80
Route #8 (depot 2): 56 23 67 39 25 55
Route #9 (depot 3): 57 15 43 14 38 44 91 100 42
Route #10 (depot 3): 73 72 74 75 22 41 2
Route #11 (depot 3): 87 37 98 59 92 97
Route #12 (depot 3): 95 94 13 58
Route #13 (depot 4): 70 32 90 63 62 88 31
Route #14 (depot 4): 30 20 66 65 35 71
Route #15 (depot 4): 7 19 36 49 64 11 10
Route #16 (depot 4): 51 9 81 33 50 1 69
Cost 894.4549995546909
