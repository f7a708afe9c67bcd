(defun line-sum (line)
  (with-input-from-string (in line)
    (loop for n = (read in nil nil) while n sum n)))

(loop for line = (read-line *standard-input* nil nil)
      while line
      do (format t "~d~%" (line-sum line)))
