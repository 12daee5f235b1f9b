Route #1 (depot 1): 5 60 18 83 8 46 45 17 84 61
Route #2 (depot 1): 100 42 87 2 57 15 43 14 91
Route #3 (depot 1): 98 59 96 99 93
Route #4 (depot 1): 16 86 38 44
Route #5 (depot 1): 37 97 13 6 94 95 92
Route #6 (depot 1): 85
Route #7 (depot 2): 4 25 55 24 29 68 80 54
Route #8 (depot 2): 39 67 23 56
Route #9 (depot 2): 72 74 75 22 41 73 21
Route #10 (depot 2): 26 12 28 53 58 40
Route #11 (depot 3): 7 82 48 19 62
Route #12 (depot 3): 11 47 36 49 64 63 90
Route #13 (depot 3): 70 30 20 66 32 10
Route #14 (depot 3): 1 69 27 89 52 88 31
Route #15 (depot 3): 50 78 34 35 65 71 9 51
Route #16 (depot 3): 33 81 79 3 77 76
Cost 884.4286021930387
