Route #1: 35 46 31
Route #2: 15 22 41 20
Route #3: 54 70 1
Route #4: 86 9 92
Route #5: 66 84 90 68
Route #6: 76 55 16 69
Route #7: 74 13 4
Route #8: 58 12 5
Route #9: 18 10 39
Route #10: 28 42 78 65 25
Route #11: 7 2 45 43 29 36 72 57
Route #12: 14 49 6 37 87
Route #13: 63 77 3
Route #14: 40 88 67 44
Route #15: 82 60 59
Route #16: 17 8
Route #17: 38 47 26 48 96 64 34
Route #18: 80 94 56 21
Route #19: 89 98 99 62 71
Route #20: 100 61 23
Route #21: 19 97 27
Route #22: 83 51 81
Route #23: 50 91 52
Route #24: 79 11 85 30
Route #25: 93 75
Route #26: 24 95 73 53 33 32
Cost 27591
