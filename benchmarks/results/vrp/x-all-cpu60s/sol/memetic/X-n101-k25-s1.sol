Route #1: 35 46 31
Route #2: 15 22 41 20
Route #3: 54 70 1
Route #4: 86 9 92
Route #5: 66 84 90 68
Route #6: 69 16 55 76
Route #7: 74 13 4
Route #8: 58 12 5
Route #9: 39 10 18
Route #10: 25 65 78 42 28
Route #11: 57 72 36 29 43 45 2 7
Route #12: 14 49 6 37 87
Route #13: 3 77 63
Route #14: 40 88 67 44
Route #15: 82 60 59
Route #16: 17 8
Route #17: 38 47 26 48 96 64 34
Route #18: 80 94 56 21
Route #19: 89 98 99 62 71
Route #20: 23 61 100
Route #21: 19 97 27
Route #22: 81 51 83
Route #23: 52 91 50
Route #24: 79 11 85 30
Route #25: 75 93
Route #26: 24 95 73 53 33 32
Cost 27591
