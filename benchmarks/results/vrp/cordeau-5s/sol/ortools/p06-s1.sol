Route #1 (depot 1): 85 16
Route #2 (depot 1): 37 97 87 57 15 43 42 100
Route #3 (depot 1): 93 99 96 95 59
Route #4 (depot 1): 5 84 83 82 8 45 17 61
Route #5 (depot 1): 91 44 14 38 86
Route #6 (depot 1): 98 92 13 94 6 89 18 60
Route #7 (depot 2): 26 12 80 68 29 24 55
Route #8 (depot 2): 73 74 22 41 2 58 53 40 21
Route #9 (depot 2): 54 25 67 39 4
Route #10 (depot 2): 72 75 23 56
Route #11 (depot 3): 69 28 27 52 31
Route #12 (depot 3): 90 32 66 65 71 20 70
Route #13 (depot 3): 81 78 34 35 9 51 30
Route #14 (depot 3): 33 79 3 77 76 50 1
Route #15 (depot 3): 88 7 48 46 47 62
Route #16 (depot 3): 10 11 19 36 49 64 63
Cost 919.4785804564516
