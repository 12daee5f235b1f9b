Route #1 (depot 1): 60 99 59 98 85 84
Route #2 (depot 1): 83 45 17 86 16 61
Route #3 (depot 1): 5 93 96 6 89 52 18
Route #4 (depot 1): 82 7 48 47 36 46 8
Route #5 (depot 2): 55 25 67 39 4
Route #6 (depot 2): 54 24 29 34 78 79 3 77
Route #7 (depot 2): 76 28 27 53 26 12
Route #8 (depot 2): 80 68
Route #9 (depot 3): 13 94 95 87
Route #10 (depot 3): 75 23 56 21 40 58
Route #11 (depot 3): 2 57 43 15 41 22 74 72 73
Route #12 (depot 3): 42 14 38 44 91 100 37 92 97
Route #13 (depot 4): 51 81 33 50 1 69
Route #14 (depot 4): 9 35 71 65 66 20 70
Route #15 (depot 4): 88 19 49 64 11 62
Route #16 (depot 4): 30 32 90 63 10 31
Cost 899.0171484254506
