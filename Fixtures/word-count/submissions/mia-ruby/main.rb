# wc in Ruby: lines, words and bytes of standard input or a file
option = ARGV.first if %w[-l -w -c].include?(ARGV.first)
ARGV.shift if option
name = ARGV.last
begin
  text = name ? File.binread(name) : $stdin.binmode.read
rescue Errno::ENOENT
  warn "wc: #{name}: No such file or directory"
  exit 1
end
counts = { '-l' => text.count("\n"), '-w' => text.split.size, '-c' => text.bytesize }
fields = option ? [counts[option]] : counts.values
fields << name if name
puts fields.join(' ')
