import sys

from gdstudio.app import main

sys.exit(main())
