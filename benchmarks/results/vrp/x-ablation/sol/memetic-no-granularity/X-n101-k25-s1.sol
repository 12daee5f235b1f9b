Route #1: 31 46 35
Route #2: 15 22 41 20
Route #3: 1 70 54
Route #4: 92 9 86
Route #5: 68 90 84 66
Route #6: 69 16 55 76
Route #7: 4 13 74
Route #8: 5 12 58
Route #9: 18 10 39
Route #10: 28 42 78 65 25
Route #11: 57 72 36 29 43 45 2 7
Route #12: 87 37 6 49 14
Route #13: 63 77 3
Route #14: 40 88 67 44
Route #15: 82 60 59
Route #16: 8 17
Route #17: 34 64 96 48 26 47 38
Route #18: 21 56 94 80
Route #19: 71 62 99 98 89
Route #20: 100 61 23
Route #21: 19 97 27
Route #22: 81 51 83
Route #23: 50 91 52
Route #24: 79 11 85 30
Route #25: 75 93
Route #26: 32 33 53 73 95 24
Cost 27591
