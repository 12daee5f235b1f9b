Route #1: 35 46 31
Route #2: 20 41 22 15
Route #3: 1 70 54
Route #4: 92 9 86
Route #5: 68 90 84 66
Route #6: 76 55 16 69
Route #7: 74 13 4
Route #8: 5 12 58
Route #9: 18 10 39
Route #10: 28 42 78 65 25
Route #11: 7 2 45 43 29 36 72 57
Route #12: 14 49 6 37 87
Route #13: 63 77 3
Route #14: 44 67 88 40
Route #15: 59 60 82
Route #16: 8 17
Route #17: 34 64 96 48 26 47 38
Route #18: 80 94 56 21
Route #19: 71 62 99 98 89
Route #20: 23 61 100
Route #21: 27 97 19
Route #22: 83 51 81
Route #23: 50 91 52
Route #24: 79 11 85 30
Route #25: 75 93
Route #26: 24 95 73 53 33 32
Cost 27591
