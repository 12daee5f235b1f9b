Route #1: 31 46 35
Route #2: 20 41 22 15
Route #3: 1 70 54
Route #4: 92 9 86
Route #5: 66 84 90 68
Route #6: 76 55 16 69
Route #7: 74 13 4
Route #8: 58 12 5
Route #9: 39 10 18
Route #10: 25 65 78 42 28
Route #11: 7 2 45 43 29 36 72 57
Route #12: 87 37 6 49 14
Route #13: 59 82 63
Route #14: 60 67 44
Route #15: 3 88 77 40
Route #16: 17 8
Route #17: 34 64 96 48 26 47 38
Route #18: 80 94 56 21
Route #19: 89 98 99 62 71
Route #20: 23 61 100
Route #21: 27 97 19
Route #22: 81 51 83
Route #23: 50 91 52
Route #24: 30 85 11 79
Route #25: 75 93
Route #26: 32 33 53 73 95 24
Cost 27595
