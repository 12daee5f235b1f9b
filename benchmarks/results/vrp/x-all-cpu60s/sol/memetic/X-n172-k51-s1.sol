Route #1: 147 101 80
Route #2: 74 59 151
Route #3: 38 24
Route #4: 115 40
Route #5: 109 2
Route #6: 113 49
Route #7: 52 75
Route #8: 117 118
Route #9: 71 148
Route #10: 97 58
Route #11: 150 143
Route #12: 157 47
Route #13: 90 95
Route #14: 125 36
Route #15: 27 162
Route #16: 50 163
Route #17: 153 100
Route #18: 126 133 111
Route #19: 46 160
Route #20: 34 12
Route #21: 84 85
Route #22: 137 65
Route #23: 41 32 16 106
Route #24: 112 122 127 121
Route #25: 105 119 37 107 142 99 164 108 7 91
Route #26: 94 96 89 98 93 158
Route #27: 51 18 132 161 61
Route #28: 114 149 155 103 87 152
Route #29: 62 92 110 70 131 22
Route #30: 67 171 13 69 60
Route #31: 145 146 53 11 68
Route #32: 48 141 138
Route #33: 102 88
Route #34: 25 28
Route #35: 124
Route #36: 120 144 123
Route #37: 165 168
Route #38: 129 130
Route #39: 159 116
Route #40: 35 167
Route #41: 21 83
Route #42: 139 26
Route #43: 76 55
Route #44: 166 3
Route #45: 57 20 14
Route #46: 54 4 33 17 135
Route #47: 86 156 134
Route #48: 42 104 19 140 1 154
Route #49: 23 10 5 9 29 8 64 31
Route #50: 128 82 78 81 39 56 45
Route #51: 136 170 77 169
Route #52: 66 30 79 44 72
Route #53: 6 43 15 73 63
Cost 45607
