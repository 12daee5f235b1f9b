Route #1: 35 46 31
Route #2: 15 22 41 20
Route #3: 66 9 70
Route #4: 1 86 68 84
Route #5: 54 92 90
Route #6: 69 16 55 76
Route #7: 74 13 4
Route #8: 58 12 5
Route #9: 39 10 18
Route #10: 28 42 78 65 25
Route #11: 57 72 36 29 43 45 2 7
Route #12: 14 49 6 37 87
Route #13: 3 77 63
Route #14: 44 67 88 40
Route #15: 59 60 82
Route #16: 17 8
Route #17: 34 64 96 48 26 47 38
Route #18: 80 94 56 21
Route #19: 71 62 99 98 89
Route #20: 23 61 100
Route #21: 27 97 19
Route #22: 81 51 83
Route #23: 52 91 50
Route #24: 79 11 85 30
Route #25: 75 93
Route #26: 32 33 53 73 95 24
Cost 27626
