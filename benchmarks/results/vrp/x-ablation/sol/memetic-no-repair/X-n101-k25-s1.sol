Route #1: 31 46 35
Route #2: 15 22 41 20
Route #3: 1 70 54
Route #4: 92 9 86
Route #5: 68 90 84 66
Route #6: 69 16 55 76
Route #7: 74 13 4
Route #8: 58 12 5
Route #9: 18 10 39
Route #10: 25 65 78 42 28
Route #11: 7 2 45 43 29 36 72 57
Route #12: 14 49 6 37 87
Route #13: 3 77 63
Route #14: 40 88 67 44
Route #15: 59 60 82
Route #16: 17 8
Route #17: 38 47 26 48 96 64 34
Route #18: 80 94 56 21
Route #19: 89 98 99 62 71
Route #20: 100 61 23
Route #21: 19 97 27
Route #22: 83 51 81
Route #23: 50 91 52
Route #24: 30 85 11 79
Route #25: 93 75
Route #26: 24 95 73 53 33 32
Cost 27591
