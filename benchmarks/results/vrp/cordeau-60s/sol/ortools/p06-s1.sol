Route #1 (depot 1): 100 42 87 2 57 15 43 14 91
Route #2 (depot 1): 37 97 13 94 95 92
Route #3 (depot 1): 85 93
Route #4 (depot 1): 99 96 6 89 18 82 8 46 45 17
Route #5 (depot 1): 98 59 5 60 83 84 61
Route #6 (depot 1): 16 86 38 44
Route #7 (depot 2): 26 12 28 53 58 40
Route #8 (depot 2): 39 67 23 56
Route #9 (depot 2): 54 80 68 29 24 55 25 4
Route #10 (depot 2): 72 75 41 22 74 73 21
Route #11 (depot 3): 70 30 51 9 34 78 81
Route #12 (depot 3): 1 50 76 77 3 79 33
Route #13 (depot 3): 90 63 64 49 36 47 7 88
Route #14 (depot 3): 69 27 52 31
Route #15 (depot 3): 10 11 19 48 62
Route #16 (depot 3): 32 66 65 35 71 20
Cost 888.6077578427802
