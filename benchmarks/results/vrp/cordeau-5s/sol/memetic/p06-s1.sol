Route #1 (depot 1): 5 60 83 8 46 45 17 84 61
Route #2 (depot 1): 85
Route #3 (depot 1): 99 96 6 94 13 95 92
Route #4 (depot 1): 100 37 98 59 93
Route #5 (depot 1): 44 38 86 16
Route #6 (depot 1): 97 87 2 57 15 43 42 14 91
Route #7 (depot 2): 26 12 28 53 58 40
Route #8 (depot 2): 4 25 55 24 29 68 80 54
Route #9 (depot 2): 72 75 41 22 74 73 21
Route #10 (depot 2): 56 23 67 39
Route #11 (depot 3): 62 11 19 48 82
Route #12 (depot 3): 31 88 7 18 89 52 27 69
Route #13 (depot 3): 1 50 76 77 3 79 33
Route #14 (depot 3): 10 90 63 64 49 36 47
Route #15 (depot 3): 81 78 34 35 9 51 30
Route #16 (depot 3): 70 20 71 65 66 32
Cost 882.8229457411597
