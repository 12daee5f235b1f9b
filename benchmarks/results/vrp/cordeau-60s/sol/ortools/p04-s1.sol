Route #1 (depot 1): 92 93 61 16 86 17 84
Route #2 (depot 1): 13 58 53 28 40
Route #3 (depot 1): 97 85 98 37 87
Route #4 (depot 1): 41 23 67 39 56
Route #5 (depot 1): 95 59 99 96 6 94
Route #6 (depot 1): 57 15 43 14 38 44 91 100 42
Route #7 (depot 1): 73 72 74 75 22 2
Route #8 (depot 1): 21 4 25 55 54 80 12 26
Route #9 (depot 2): 1 33 78 34 29 24 68 76
Route #10 (depot 2): 9 35 71 65 66 20
Route #11 (depot 2): 10 11 63 90 32 30 70
Route #12 (depot 2): 31
Route #13 (depot 2): 88 7 82 8 45 46 36 49 64
Route #14 (depot 2): 50 77 3 79 81 51
Route #15 (depot 2): 62 19 47 48
Route #16 (depot 2): 69 27 89 60 5 83 18 52
Cost 1019.5811324950619
