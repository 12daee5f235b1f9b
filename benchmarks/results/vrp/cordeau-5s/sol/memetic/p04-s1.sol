Route #1 (depot 1): 95 92 59 99 96 94
Route #2 (depot 1): 56 23 67 39 25 55
Route #3 (depot 1): 21 73 72 74 75 22 41
Route #4 (depot 1): 97 37 100 91 16 44 14 42
Route #5 (depot 1): 87 98 85 93
Route #6 (depot 1): 4 54 24 29 80 12 26 40
Route #7 (depot 1): 13 27 28 53 58
Route #8 (depot 1): 2 57 15 43 38 86 61 60 6
Route #9 (depot 2): 88 7 82 8 46 36 49 64 11
Route #10 (depot 2): 51 81 34 78 79 33 1
Route #11 (depot 2): 62 19 47 48
Route #12 (depot 2): 31 10 63 90 32 30
Route #13 (depot 2): 70 20 66 65 71 35 9
Route #14 (depot 2): 69 76 77 68 3 50
Route #15 (depot 2): 89 5 84 17 45 83 18 52
Cost 1011.9252068803646
