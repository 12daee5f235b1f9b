Route #1: 31 46 35
Route #2: 20 41 22 15
Route #3: 1 70 54
Route #4: 92 9 86
Route #5: 68 90 84 66
Route #6: 69 16 55 76
Route #7: 4 13 74
Route #8: 58 12 5
Route #9: 18 10 39
Route #10: 25 65 78 42 28
Route #11: 7 2 45 43 29 36 72 57
Route #12: 87 37 6 49 14
Route #13: 3 77 63
Route #14: 44 88 67 40
Route #15: 82 60 59
Route #16: 8 17
Route #17: 34 64 96 48 26 47 38
Route #18: 21 56 94 80
Route #19: 71 62 99 98 89
Route #20: 23 61 100
Route #21: 19 97 27
Route #22: 83 51 81
Route #23: 50 91 52
Route #24: 79 11 85 30
Route #25: 93 75
Route #26: 24 95 73 53 33 32
Cost 27591
