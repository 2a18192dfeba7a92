"""The held-out batches of the gold README's history, all dev files today, with the rules of the time that
had not seen each one: shared by the experiments that compare a learned model with the rules' output on
FRESH articles (quote_tagger.py, speaker_ranker.py)."""

# Held-out batches of the gold README's history, all dev files today: (name, rules of the time that had
# not seen the batch, articles, README's fresh figures direct/indirect/mixed F1 measured once with those
# rules). The commits are the ones speaker_ranker.py uses (the parent of the commit that made the batch
# dev; af8dada and d98b341 for sets A and B, the README's measured-once rules).
SET_A = ("en_729348908 en_729651527 en_730573740 en_731513824 en_732154721 en_769962328 en_774904810 "
         "en_780787440 en_999000158 en_999000675 en_999001226 fr_23187 fr_23209 ge_2289 ge_22119 ge_22135 "
         "it_2670 it_2692 it_26158 po_253 po_2568 ru_2452 ru_24119 ru_24149")
SET_B = ("en_694811415 en_697444415 en_698780559 en_716469423 en_723883127 en_727658675 en_729668796 "
         "en_729670169 en_736231219 en_780619695 en_788816478 fr_23114 fr_23150 fr_23196 ge_22100 ge_2261 "
         "it_2614 it_26162 it_2651 po_25158 po_25169 po_2550 ru_24155 ru_24165")
SET_C = ("en_111111114 en_111111124 en_111111134 en_694356862 en_723537899 en_730222442 en_761674108 "
         "en_763440871 en_770877978 en_781847297 en_999000125 fr_23122 fr_23128 fr_2389 ge_22149 ge_2253 "
         "it_26301 it_2653 it_2674 po_2511 po_2525 po_2586 ru_24110 ru_2441")
SET_D = ("en_111111123 en_700662577 en_703056647 en_706636401 en_724791253 en_727569885 en_729561658 "
         "en_729700539 en_735090638 en_771254016 en_786731884 fr_23149 fr_2324 fr_2329 ge_22133 ge_2216 "
         "it_26120 it_26147 it_26194 po_25116 po_25184 po_2547 ru_2412 ru_2477")
SET_E = ("en_111111111 en_704856340 en_708071969 en_725731328 en_727869189 en_728169864 en_728343601 "
         "en_731511020 en_757843275 en_786344683 en_999000184 fr_23170 fr_23180 fr_2372 ge_2282 ge_2285 "
         "it_26269 it_26283 it_264 po_25119 po_2567 po_2587 ru_24122 ru_2465")
SET_F = ("en_111111112 en_111111136 en_111111137 en_696735702 en_718595845 en_729410793 en_730268758 "
         "en_738028498 en_740808926 en_776385494 en_833036489 fr_23158 fr_23211 fr_2376 ge_2245 ge_2276 "
         "it_26102 it_26148 it_26212 po_25177 po_2520 po_2573 ru_2455 ru_2456")
SET_G = ("en_694327499 en_700387229 en_700551604 en_712382330 en_765385479 en_772947654 en_779394730 "
         "en_832916508 en_832959523 fr_23134 fr_23138 fr_23157 ge_2260 ge_2264 it_26142 it_26190 it_26270 "
         "po_25112 po_25178 po_25183 ru_24175 ru_24178")
SET_H = ("en_696264594 en_701553469 en_702077434 en_705409419 en_706777811 en_730865684 en_761968851 "
         "en_762340819 en_781577820 en_821744708 en_999000124 fr_23207 fr_2378 fr_2384 ge_2226 it_26129 "
         "it_26214 it_2650 po_2544 po_2570 po_2595 ru_24114 ru_24118")
SET_I = ("en_111111122 en_706600938 en_722507879 en_725276027 en_738442776 en_739091070 en_755170235 "
         "en_771546417 en_771655795 en_776049384 en_999000599 fr_23141 fr_2370 fr_2396 ge_2251 ge_2279 "
         "it_2623 it_2625 it_2663 po_25163 po_25175 po_2569 ru_24101 ru_2488")
SET_J = ("en_699478811 en_727736557 en_782448403 fr_23115 fr_23185 fr_2398 ge_22182 ge_2256 it_26285 it_26294 "
         "it_2637 po_25111 po_2517 po_2574 ru_2411 ru_2414")
SET_K = ("en_311 en_3119 en_3120 en_3135 en_3137 en_3139 en_314 en_3148 en_3152 en_319 fr_23182 fr_23190 "
         "fr_2369 ge_22158 ge_2266 ge_2268 it_2646 it_2681 it_2699 po_25122 po_2575 po_2581 ru_24117 ru_24176 "
         "ru_245 ru_2471")
BATCHES = [
    ("s2", "c454ab0^", "en_723844295 en_758385628 en_761874505 it_2693 ru_2470", (0.889, 0.745, 0.533)),
    ("s3", "fc7dd57^", "en_727174208 en_731762731 en_999001323 it_26303 fr_2313 ru_2457", (0.918, 0.711, 0.800)),
    ("s4", "23c54c8^", "en_111111131 en_707451080 en_762200179 it_26279 fr_23184 ru_24146", (0.925, 0.667, 0.580)),
    ("s4.3", "4ba8f80^", "en_721890296 en_765953146 en_776373795 it_26140 fr_2332 ru_24123", (0.949, 0.659, 0.727)),
    ("s5", "d557dec^", "en_698503276 en_699291100 en_711566593 po_2515 fr_2368 ru_24108", (0.901, 0.730, 0.690)),
    ("s5.2", "86f1443^", "en_999001033 en_740235127 en_832913653 ge_2228 it_26145 ru_242", (0.904, 0.348, 0.414)),
    ("setA", "af8dada", SET_A, (0.841, 0.655, 0.638)),
    ("setB", "d98b341", SET_B, (0.891, 0.464, 0.621)),
    # session 19: the nine batches retired since (sets C-K); fresh commit = the last rules not developed on the
    # batch (C: e549d60, measured once, = 297c554^'s rules; D: a619d04^, a155158's rules; F: ebd167b = 9da3634^;
    # G: e5596bf = b6749f3^'s rules; E, H, I: 64f070a, session 15's start; J, K: 1735c79, session 17's start).
    # README figures: the set's own measured-once figure at that commit, None where only a combined one exists.
    ("setC", "e549d60", SET_C, (0.843, 0.601, 0.610)),
    ("setD", "a619d04^", SET_D, (0.882, 0.613, 0.565)),
    ("setE", "64f070a", SET_E, None),
    ("setF", "ebd167b", SET_F, (0.924, 0.602, 0.505)),
    ("setG", "e5596bf", SET_G, (0.868, 0.734, 0.677)),
    ("setH", "64f070a", SET_H, None),
    ("setI", "64f070a", SET_I, None),
    ("setJ", "1735c79", SET_J, (0.894, 0.643, 0.646)),
    ("setK", "1735c79", SET_K, (0.918, 0.785, 0.782)),
]
# combined measured-once figures (direct, indirect, mixed, speakers; speakers strict before session 16's scorer)
COMBINED = [("E+H+I", ("setE", "setH", "setI"), (0.849, 0.662, 0.687, 0.757)),
            ("J+K", ("setJ", "setK"), (0.911, 0.734, 0.725, 0.831))]
