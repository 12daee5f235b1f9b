Route #1 (depot 1): 40 53 26 54 55 25 4 21
Route #2 (depot 1): 95 96 94 13 58
Route #3 (depot 1): 56 39 67 23 74
Route #4 (depot 1): 2 57 41 22 75 72 73
Route #5 (depot 1): 87 42 14 44 38 43 15
Route #6 (depot 1): 97 92 37 98 100 91 85 99
Route #7 (depot 1): 6 89 60 83 45 17 93 59
Route #8 (depot 1): 16 86 61 84 5
Route #9 (depot 2): 10 32 90 63 62 31
Route #10 (depot 2): 69 27 28 12 77 3 50
Route #11 (depot 2): 76 68 80 24 29 79 1
Route #12 (depot 2): 70 30 51 9 81 33
Route #13 (depot 2): 20 66 65 71 35 34 78
Route #14 (depot 2): 19 47 36 49 64 11
Route #15 (depot 2): 52 18 8 46 48 82 7 88
Cost 1027.7188334070054
