"""The words of the site's navigation and pages, per edition (the chapters bring their own)."""

LABELS = {
    "en": {
        "language_name": "English",
        "site_title": "Standard 2-D convolution with PaddlePaddle",
        "intro": (
            "A course of Jupyter notebooks on the standard 2-D convolution of deep learning, from the "
            "hand-computed 3x3 example to edge detection and blurring on real photos. Every number is "
            "checked by code, by hand, with a NumPy reference and with Paddle itself."
        ),
        "navigation": "Site navigation",
        "home": "Course home",
        "chapter": "Chapter",
        "book": "Chapter page",
        "handout": "Handout",
        "handouts_index": "the handouts",
        "slides": "Slides",
        "guide": "Teacher's guide",
        "you_will_learn": "You will learn",
        "for_teachers": "For teachers",
        "howto_book": (
            "Chapter pages show every cell with its stored output, solutions included: read them, or "
            "project them in a browser."
        ),
        "howto_slides": (
            "Slides: one deck per chapter. Right arrow or space for the next slide, Esc for an overview of "
            "all slides, F for full screen."
        ),
        "howto_handouts": (
            "Handouts have every figure but no solutions. The folder student/ stands alone (copy it to "
            "the class's computers or a USB stick):"
        ),
        "howto_offline": (
            "Everything here works opened from the files, without internet and without a server; the "
            "formulas are MathML, which the browser draws itself."
        ),
        "student_zip": "the student notebooks (zip)",
        "student_title": "Handouts",
        "student_intro": (
            "Each handout is a chapter with its figures and exercises, without the solutions. "
            "Open a chapter, read it, and try the exercises in JupyterLab with the student notebooks."
        ),
        "student_zip_note": (
            "Unzip it anywhere: it holds the chapters with their exercises, and the utils/ and img/ "
            "folders they need. Its README says how to set up Python once; then open the chapters in "
            "JupyterLab, replace ... with your answer and run the cell."
        ),
        "handout_banner": "Handout: the exercises are here, their solutions are not.",
        "guide_intro": "For the teacher: how to run this chapter in a 45-minute lesson.",
        "goals": "Learning goals",
        "plan": "A 45-minute lesson",
        "minutes": "Minutes",
        "activity": "What happens",
        "predict": "Predict before running",
        "predict_intro": (
            "At these cells, stop before running: let the class write down its prediction, then run and compare."
        ),
        "predict_none": "The checker has no prediction exercise in this chapter; the questions below serve instead.",
        "mistakes": "Common mistakes",
        "mistakes_intro": (
            "The wrong answers the exercise checker recognises, and the misunderstanding behind each. "
            "Listen for them while the class works."
        ),
        "exercise": "Exercise",
        "wrong_answer": "Wrong answer",
        "cause": "What it means",
        "no_mistakes": "The checker names no typical wrong answer for this one.",
        "questions": "Questions to ask the class",
    },
    "zh": {
        "language_name": "中文",
        "site_title": "标准二维卷积 (PaddlePaddle)",
        "intro": (
            "一门关于深度学习中标准二维卷积的 Jupyter 笔记本课程:从手算的 3x3 例子到真实照片上的边缘检测和模糊。"
            "每个数字都用代码核对:手算、NumPy 参考实现和 Paddle 本身。"
        ),
        "navigation": "网站导航",
        "home": "课程首页",
        "chapter": "章节",
        "book": "章节页面",
        "handout": "讲义",
        "handouts_index": "讲义",
        "slides": "幻灯片",
        "guide": "教师指南",
        "you_will_learn": "你将学到",
        "for_teachers": "教师须知",
        "howto_book": "章节页面展示每个单元格及其保存的输出(含答案),可以阅读,也可以在浏览器中投影。",
        "howto_slides": "幻灯片:每章一套。右方向键或空格翻到下一页,Esc 查看全部幻灯片,F 全屏。",
        "howto_handouts": "讲义包含所有图,但没有答案。student/ 文件夹可以单独复制到学生电脑或 U 盘:",
        "howto_offline": "这里的一切直接打开文件即可使用,无需网络和服务器;公式是浏览器自己绘制的 MathML。",
        "student_zip": "学生版笔记本 (zip)",
        "student_title": "讲义",
        "student_intro": "每份讲义是一章的内容、图和练习,不含答案。阅读后,用学生版笔记本在 JupyterLab 中做练习。",
        "student_zip_note": "解压到任意位置;其中 README 说明如何安装 Python 环境,然后用 JupyterLab 打开各章。",
        "handout_banner": "讲义:包含练习,不含答案。",
        "guide_intro": "供教师使用:如何用 45 分钟讲授本章。",
        "goals": "学习目标",
        "plan": "45 分钟课堂安排",
        "minutes": "分钟",
        "activity": "内容",
        "predict": "运行前先预测",
        "predict_intro": "在这些单元格处先停下:让学生写下预测,再运行并比较。",
        "predict_none": "本章的练习检查器中没有预测题;可用下面的问题代替。",
        "mistakes": "常见错误",
        "mistakes_intro": "练习检查器能识别的错误答案,以及每个错误背后的误解。",
        "exercise": "练习",
        "wrong_answer": "错误答案",
        "cause": "说明",
        "no_mistakes": "检查器没有为这道题列出典型错误答案。",
        "questions": "课堂提问",
    },
}
