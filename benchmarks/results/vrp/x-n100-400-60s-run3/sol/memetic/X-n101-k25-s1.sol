Route #1: 35 46 31
Route #2: 15 22 41 20
Route #3: 1 70 54
Route #4: 86 9 92
Route #5: 66 84 90 68
Route #6: 69 16 55 76
Route #7: 74 13 4
Route #8: 5 12 58
Route #9: 18 10 39
Route #10: 28 42 78 65 25
Route #11: 7 2 45 43 29 36 72 57
Route #12: 14 49 6 37 87
Route #13: 3 77 63
Route #14: 40 88 67 44
Route #15: 82 60 59
Route #16: 8 17
Route #17: 34 64 96 48 26 47 38
Route #18: 21 56 94 80
Route #19: 71 62 99 98 89
Route #20: 100 61 23
Route #21: 19 97 27
Route #22: 83 51 81
Route #23: 52 91 50
Route #24: 30 85 11 79
Route #25: 75 93
Route #26: 24 95 73 53 33 32
Cost 27591
