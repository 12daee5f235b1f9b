Route #1: 31 46 35
Route #2: 15 22 41 20
Route #3: 54 70 1
Route #4: 86 9 92
Route #5: 66 84 90 68
Route #6: 76 55 16 69
Route #7: 4 13 74
Route #8: 58 12 5
Route #9: 39 10 18
Route #10: 25 65 78 42 28
Route #11: 7 2 45 43 29 36 72 57
Route #12: 87 37 6 49 14
Route #13: 63 77 3
Route #14: 44 88 67 40
Route #15: 59 60 82
Route #16: 17 8
Route #17: 34 64 96 48 26 47 38
Route #18: 80 94 56 21
Route #19: 89 98 99 62 71
Route #20: 100 61 23
Route #21: 19 97 27
Route #22: 81 51 83
Route #23: 52 91 50
Route #24: 30 85 11 79
Route #25: 93 75
Route #26: 32 33 53 73 95 24
Cost 27591
