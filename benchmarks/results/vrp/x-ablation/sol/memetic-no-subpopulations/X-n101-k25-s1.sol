Route #1: 35 46 31
Route #2: 20 41 22 15
Route #3: 1 70 54
Route #4: 92 9 86
Route #5: 66 84 90 68
Route #6: 76 55 16 69
Route #7: 4 13 74
Route #8: 5 12 58
Route #9: 18 10 39
Route #10: 28 42 78 65 25
Route #11: 7 2 45 43 29 36 72 57
Route #12: 87 37 6 49 14
Route #13: 3 77 63
Route #14: 40 67 88 44
Route #15: 82 60 59
Route #16: 17 8
Route #17: 38 47 26 48 96 64 34
Route #18: 21 56 94 80
Route #19: 89 98 99 62 71
Route #20: 23 61 100
Route #21: 19 97 27
Route #22: 81 51 83
Route #23: 50 91 52
Route #24: 30 85 11 79
Route #25: 93 75
Route #26: 32 33 53 73 95 24
Cost 27591
