Route #1 (depot 1): 37 91 16 86 17 84 6 13
Route #2 (depot 1): 58 53 28 12 26 40
Route #3 (depot 1): 87 2 73 72 21
Route #4 (depot 1): 59 93 99 96 94
Route #5 (depot 1): 95 61 85 98 92 97
Route #6 (depot 1): 57 15 43 14 38 44 100 42
Route #7 (depot 1): 74 56 39 25 55 24 80 54 4
Route #8 (depot 1): 41 23 67 75 22
Route #9 (depot 2): 76 68 29 34 78 33 1
Route #10 (depot 2): 52 18 83 5 60 89 27 69
Route #11 (depot 2): 51 81 79 3 77 50
Route #12 (depot 2): 63 64 49 36 46 45 8 82
Route #13 (depot 2): 31
Route #14 (depot 2): 70 30 32 90 10 62 88
Route #15 (depot 2): 7 48 47 19 11
Route #16 (depot 2): 9 35 71 65 66 20
Cost 1045.3662268431203
