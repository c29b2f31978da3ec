-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "c" TEXT NOT NULL,
    "d" TEXT NOT NULL,
    "e" TEXT NOT NULL,
    "f" TEXT NOT NULL,
    "g" TEXT NOT NULL,
    "h" TEXT NOT NULL,
    "i" TEXT NOT NULL,
    "j" TEXT NOT NULL,
    "k" TEXT NOT NULL,
    "l" TEXT NOT NULL,
    "m" TEXT NOT NULL,
    "n" TEXT NOT NULL,
    "o" TEXT NOT NULL,
    "p" TEXT NOT NULL,
    "q" TEXT NOT NULL,
    "r" TEXT NOT NULL,
    "s" TEXT NOT NULL,
    "t" TEXT NOT NULL,
    "u" TEXT NOT NULL,
    "v" TEXT NOT NULL,
    "w" TEXT NOT NULL,
    "x" TEXT NOT NULL,
    "y" TEXT NOT NULL,
    "z" TEXT NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_a_b_c_d_e_f_g_h_i_j_k_l_m_n_o_p_q_r_s_t_u_v_w_x_y_z_key" ON "User"("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z");

