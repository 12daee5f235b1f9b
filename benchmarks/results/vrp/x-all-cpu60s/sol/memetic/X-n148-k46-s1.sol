Route #1: 46 47 23
Route #2: 64 138 102 114
Route #3: 39 89
Route #4: 131 144 65
Route #5: 94 41 78
Route #6: 51 60 4
Route #7: 147 141 133 19
Route #8: 30 56
Route #9: 11 63 24 9 50 45
Route #10: 132 97
Route #11: 140 121 124
Route #12: 25 29 69 38
Route #13: 93 21
Route #14: 43 58 72
Route #15: 83 76 143
Route #16: 87 95
Route #17: 28 5 71
Route #18: 59 1
Route #19: 22 55 27
Route #20: 96 33 36 13 66 145 49
Route #21: 2 122 86
Route #22: 128 146 111
Route #23: 139 34
Route #24: 92 79 91 123
Route #25: 84 134 42
Route #26: 99
Route #27: 107 118
Route #28: 142 70 112 17
Route #29: 113 35
Route #30: 127 77 109 62
Route #31: 137 110 85
Route #32: 104 32 82
Route #33: 18 75
Route #34: 136 106
Route #35: 88 44
Route #36: 68 54 10 129
Route #37: 98 67 61 14
Route #38: 7 81 120
Route #39: 26 130 57
Route #40: 20 80 119 48 52
Route #41: 40 105
Route #42: 37 125 6 103 101
Route #43: 31 135 115 100
Route #44: 126 53 73
Route #45: 15 90 116
Route #46: 117 12 3 8
Route #47: 108 74 16
Cost 43448
