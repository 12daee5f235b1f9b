Route #1 (depot 1): 5 60 83 8 45 17 84 61
Route #2 (depot 1): 99 96 6 94 13 95 92
Route #3 (depot 1): 16 86 38 44 91
Route #4 (depot 1): 14 42 43 15 57 2 87 97 37
Route #5 (depot 1): 93 59 98 100
Route #6 (depot 1): 85
Route #7 (depot 2): 4 25 55 24 29 68 80 54
Route #8 (depot 2): 26 12 28 53 58 40
Route #9 (depot 2): 72 74 75 22 41 73 21
Route #10 (depot 2): 56 23 67 39
Route #11 (depot 3): 90 63 11 64 49 36 46 82 7 88
Route #12 (depot 3): 48 47 19 62
Route #13 (depot 3): 70 30 20 66 32 10
Route #14 (depot 3): 1 69 27 89 18 52 31
Route #15 (depot 3): 51 9 71 65 35 34 78 50
Route #16 (depot 3): 33 81 79 3 77 76
Cost 876.5071995734743
