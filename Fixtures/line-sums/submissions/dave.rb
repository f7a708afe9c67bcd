STDIN.each_line { |line| puts line.split.map(&:to_i).sum }
