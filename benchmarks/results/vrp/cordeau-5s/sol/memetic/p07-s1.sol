Route #1 (depot 1): 60 99 59 96 6 89 18 83
Route #2 (depot 1): 5 61 16 86 84
Route #3 (depot 1): 93 98 85 17 45
Route #4 (depot 1): 8 46 36 47 48 82
Route #5 (depot 2): 54 55 25 39 4 12
Route #6 (depot 2): 26 40 58 53 27 28
Route #7 (depot 2): 76 77 3 79 78 34 29 24
Route #8 (depot 2): 80 68
Route #9 (depot 3): 42 14 38 44 91 100 37 92 97
Route #10 (depot 3): 13 94 95 87
Route #11 (depot 3): 73 72 74 75 22 2
Route #12 (depot 3): 21 56 67 23 41 15 43 57
Route #13 (depot 4): 31 88 62 63 90 32 70
Route #14 (depot 4): 52 7 19 49 64 11 10
Route #15 (depot 4): 71 35 65 66 20 30
Route #16 (depot 4): 51 9 81 33 50 1 69
Cost 912.9378622405133
