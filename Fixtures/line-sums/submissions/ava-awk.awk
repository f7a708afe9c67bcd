{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.0f\n", s }
