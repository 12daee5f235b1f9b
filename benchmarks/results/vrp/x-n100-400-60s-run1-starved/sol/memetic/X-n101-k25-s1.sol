Route #1: 24 46 35 5
Route #2: 20 41 22 15
Route #3: 1 70 54
Route #4: 92 9 86
Route #5: 66 84 90 68
Route #6: 69 16 55 76
Route #7: 4 13 74
Route #8: 12 58
Route #9: 39 10 18
Route #10: 25 42 63
Route #11: 37 43 45 2 49 7
Route #12: 65 78 6 36 29 87
Route #13: 3 77 14 44
Route #14: 28 82 72 57 60
Route #15: 88 67 59
Route #16: 8 94 40
Route #17: 80 17 56
Route #18: 34 64 96 48 26 47 38
Route #19: 52 27 21
Route #20: 71 62 99 98 89
Route #21: 100 61 23
Route #22: 81 51 83
Route #23: 97 91 19
Route #24: 50 79
Route #25: 75 30 85 11
Route #26: 93 53
Route #27: 32 31 95 73 33
Cost 28018
